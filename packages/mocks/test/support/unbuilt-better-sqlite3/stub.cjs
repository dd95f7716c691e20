// What better-sqlite3 does when its build did not run: the JavaScript loads,
// and opening a database fails to find the compiled binding.
module.exports = class Database {
  constructor() {
    throw new Error(
      "Could not locate the bindings file. Tried:\n → build/better_sqlite3.node\n → build/Release/better_sqlite3.node",
    );
  }
};
