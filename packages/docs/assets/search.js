// @ts-check
// Client-side search over the prebuilt index (search-index.js). The index is
// loaded as a script, not fetched, so search also works on pages opened from
// file://. Results are built with DOM calls, never from HTML strings.
(() => {
  /** @typedef {{ k: string, n: string, c: string, u: string, s: string }} Entry */

  const MAX_RESULTS = 12;
  /** @type {Record<string, number>} */
  const KIND_WEIGHT = { operation: 50, type: 40, enum: 35, error: 30, member: 10, value: 5 };
  /** @type {Record<string, string>} */
  const KIND_LABEL = {
    operation: "Operation",
    type: "Data type",
    enum: "Enum",
    error: "Error",
    member: "Member",
    value: "Enum value",
  };

  const root = document.body.dataset.root ?? "";
  /** @type {Promise<Entry[]> | undefined} */
  let loading;

  /** @returns {Promise<Entry[]>} */
  function loadIndex() {
    const win = /** @type {Window & { CHIMEKIT_SEARCH_INDEX?: Entry[] }} */ (window);
    loading ??= new Promise((resolve, reject) => {
      if (win.CHIMEKIT_SEARCH_INDEX !== undefined) return resolve(win.CHIMEKIT_SEARCH_INDEX);
      const script = document.createElement("script");
      script.src = `${root}search-index.js`;
      script.onload = () => resolve(win.CHIMEKIT_SEARCH_INDEX ?? []);
      script.onerror = () => reject(new Error(`The search index ${script.src} did not load.`));
      document.head.append(script);
    });
    return loading;
  }

  /**
   * Names matter most: an exact name, then a prefix, then a substring; then
   * every word of the query somewhere in the context or summary.
   * @param {Entry} entry
   * @param {string} compact the query, lower case, without spaces
   * @param {string[]} words the query's words, lower case
   */
  function score(entry, compact, words) {
    const name = entry.n.toLowerCase();
    let points;
    if (name === compact) points = 1000;
    else if (name.startsWith(compact)) points = 800 - name.length;
    else if (name.includes(compact)) points = 600 - name.length;
    else {
      const text = `${entry.n} ${entry.c} ${entry.s}`.toLowerCase();
      if (!words.every((word) => text.includes(word))) return 0;
      points = 200;
    }
    return points + (KIND_WEIGHT[entry.k] ?? 0);
  }

  /**
   * @param {Entry[]} entries
   * @param {string} query
   */
  function search(entries, query) {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const compact = words.join("");
    if (compact === "") return [];
    return entries
      .map((entry) => ({ entry, points: score(entry, compact, words) }))
      .filter((hit) => hit.points > 0)
      .sort((a, b) => b.points - a.points || a.entry.n.localeCompare(b.entry.n))
      .slice(0, MAX_RESULTS)
      .map((hit) => hit.entry);
  }

  /** @param {Entry} entry */
  function resultItem(entry) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = root + entry.u;
    link.className = "search-hit";
    const kind = document.createElement("span");
    kind.className = `search-kind search-kind-${entry.k}`;
    kind.textContent = KIND_LABEL[entry.k] ?? entry.k;
    const name = document.createElement("span");
    name.className = "search-name";
    name.textContent = entry.n;
    link.append(kind, name);
    if (entry.c !== "") {
      const context = document.createElement("span");
      context.className = "search-context";
      context.textContent = `in ${entry.c}`;
      link.append(context);
    }
    if (entry.s !== "") {
      const summary = document.createElement("span");
      summary.className = "search-summary";
      summary.textContent = entry.s;
      link.append(summary);
    }
    item.append(link);
    return item;
  }

  /** @param {HTMLFormElement} form */
  function attach(form) {
    const input = /** @type {HTMLInputElement | null} */ (form.querySelector(".search-input"));
    const list = /** @type {HTMLOListElement | null} */ (form.querySelector(".search-results"));
    if (input === null || list === null) return;
    let active = -1;

    const links = () => Array.from(list.querySelectorAll("a"));
    const highlight = (/** @type {number} */ index) => {
      const all = links();
      active = Math.max(-1, Math.min(index, all.length - 1));
      all.forEach((link, i) => link.setAttribute("aria-selected", String(i === active)));
      all[active]?.scrollIntoView({ block: "nearest" });
    };

    const update = async () => {
      const query = input.value.trim();
      if (query === "") {
        list.hidden = true;
        list.replaceChildren();
        return;
      }
      const hits = search(await loadIndex(), query);
      if (input.value.trim() !== query) return;
      list.replaceChildren(...hits.map(resultItem));
      if (hits.length === 0) {
        const empty = document.createElement("li");
        empty.className = "search-empty";
        empty.textContent = `Nothing matches “${query}”.`;
        list.append(empty);
      }
      list.hidden = false;
      highlight(hits.length > 0 ? 0 : -1);
    };

    input.addEventListener("focus", () => void loadIndex().catch(() => undefined));
    input.addEventListener("input", () => void update());
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Escape") {
        list.hidden = true;
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const target = links()[Math.max(active, 0)];
      if (target !== undefined) window.location.href = target.href;
    });
    document.addEventListener("click", (event) => {
      if (!form.contains(/** @type {Node} */ (event.target))) list.hidden = true;
    });

    const initial = new URLSearchParams(window.location.search).get("q");
    if (initial !== null && form.classList.contains("search-large")) {
      input.value = initial;
      void update();
    }
  }

  document
    .querySelectorAll("form.search")
    .forEach((form) => attach(/** @type {HTMLFormElement} */ (form)));
})();
