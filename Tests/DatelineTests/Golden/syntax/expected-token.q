articles order date desc
