"use strict";
module.exports = { rules: { layers: require("./layers") } };
