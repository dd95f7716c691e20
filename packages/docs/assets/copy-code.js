// @ts-check
// Adds a "Copy" button to every code example, so a call can be pasted into a
// terminal or editor in one click.
(() => {
  /** @param {HTMLButtonElement} button @param {string} label */
  function flash(button, label) {
    button.textContent = label;
    setTimeout(() => (button.textContent = "Copy"), 1500);
  }

  /** @param {HTMLElement} pre */
  function selectContents(pre) {
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  document.querySelectorAll(".code-block").forEach((block) => {
    const pre = /** @type {HTMLElement | null} */ (block.querySelector("pre"));
    if (pre === null) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.addEventListener("click", () => {
      const text = pre.innerText.replace(/\n$/, "");
      if (navigator.clipboard === undefined) {
        selectContents(pre);
        flash(button, "Press Ctrl+C");
        return;
      }
      navigator.clipboard.writeText(text).then(
        () => flash(button, "Copied"),
        () => {
          selectContents(pre);
          flash(button, "Press Ctrl+C");
        },
      );
    });
    block.append(button);
  });
})();
