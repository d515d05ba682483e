// Nothing to do: each test file removes the folders it made (see setup.ts). Kept as the one place
// for run-wide cleanup.
module.exports = async () => {};
