statements where text contian "attack"
