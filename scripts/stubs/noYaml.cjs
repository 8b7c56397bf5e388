// Stands for js-yaml in the Node bundles: xmlbuilder2 requires it at load only to offer reading YAML
// input, which SPOC Studio never asks of it, and loading it cost ~45 ms of every cold start.
module.exports = {
  safeLoad() {
    throw new Error('SPOC Studio does not read YAML.');
  },
};
