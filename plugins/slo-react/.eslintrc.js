module.exports = require('../../scripts/eslint/config')(__dirname);
