module.exports = require('../../.config/webpack.node.js')(__dirname, 'cli');
