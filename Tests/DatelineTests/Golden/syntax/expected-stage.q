statements | cuont by country
