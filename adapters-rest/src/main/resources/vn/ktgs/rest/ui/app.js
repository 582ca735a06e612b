// The KTGS dashboard: plain JavaScript over the REST API of the same server, charts drawn with d3.
// Routes (in the address's #): /  ·  /committee/{id}/{year}  ·  /reports/{id}/{year}  ·  /overdue/{id}
// ·  /scorecard/{cell}/{year}  ·  /cell/{cell}/{year}[/{record}]; ?document=… names the governing documents whose
// dissemination counts (as the API's own parameter). Everything is built with DOM calls (no innerHTML), so no
// text from the API is ever read as markup.
(function () {
  "use strict";

  const LABELS = window.KTGS_LABELS;
  const ENUMS = window.KTGS_ENUMS;
  const API = new URL("../", window.location.href); // the page is served at <API>/ui/
  let lang = window.localStorage.getItem("ktgs.lang") === "en" ? "en" : "vi";
  let renderCount = 0;

  // ------------------------------------------------------------------ helpers

  function t(key, args) {
    let s = LABELS[lang][key];
    if (s === undefined) {
      s = key;
    }
    Object.entries(args || {}).forEach(([k, v]) => { s = s.replace("{" + k + "}", String(v)); });
    return s;
  }

  /** The library's label of an enum constant, e.g. label("Level", "GOOD"). */
  function label(type, name) {
    return ENUMS[lang][type + "." + name] || name;
  }

  /** el("td", {class: "x"}, "text", child…): an element with attributes and children (strings become text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) {
        return;
      }
      if (k === "text") {
        e.textContent = v;
      } else if (k === "on") {
        Object.entries(v).forEach(([ev, fn]) => e.addEventListener(ev, fn));
      } else {
        e.setAttribute(k, v === true ? "" : v);
      }
    });
    children.flat().forEach(c => {
      if (c !== null && c !== undefined && c !== false) {
        e.append(c instanceof Node ? c : document.createTextNode(String(c)));
      }
    });
    return e;
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && (problem.detail || problem.title) || String(status));
      this.status = status;
    }
  }

  async function get(path) {
    const r = await fetch(new URL(path, API), {
      headers: { "Accept": "application/json", "Accept-Language": lang },
      credentials: "same-origin"
    });
    if (!r.ok) {
      let problem = null;
      try {
        problem = await r.json();
      } catch (ignored) {
        // not a problem document
      }
      throw new ApiError(r.status, problem);
    }
    return r.json();
  }

  /** Every item of a paged list, 500 at a time. */
  async function all(path) {
    const sep = path.includes("?") ? "&" : "?";
    let page = 0;
    let items = [];
    for (;;) {
      const p = await get(path + sep + "size=500&page=" + page);
      items = items.concat(p.items);
      if (items.length >= p.total || p.items.length === 0) {
        return items;
      }
      page++;
    }
  }

  function fraction(v) {
    return v.applicable ? v.numerator + "/" + v.denominator : t("notApplicable");
  }

  function share(v) {
    return v.applicable && v.denominator > 0 ? v.numerator / v.denominator : null;
  }

  function num(x) {
    return Number(x).toLocaleString(lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 2 });
  }

  function date(iso) {
    if (!iso) {
      return t("none");
    }
    const [y, m, d] = iso.split("-");
    return lang === "en" ? y + "-" + m + "-" + d : d + "/" + m + "/" + y;
  }

  function query(docs) {
    return docs.map(d => "document=" + encodeURIComponent(d)).join("&");
  }

  function href(parts, docs) {
    const q = docs && docs.length ? "?" + query(docs) : "";
    return "#/" + parts.map(encodeURIComponent).join("/") + q;
  }

  function todayIso() {
    const d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function section(titleKey, ...children) {
    const id = "s-" + titleKey;
    return el("section", { "aria-labelledby": id }, el("h2", { id: id, text: t(titleKey) }), children);
  }

  function table(caption, headers, rows, attrs) {
    return el("table", attrs || {},
      caption ? el("caption", { text: caption }) : null,
      el("thead", {}, el("tr", {}, headers.map(h => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows));
  }

  function levelClass(level) {
    return "level-" + String(level).toLowerCase().replace(/_/g, "-");
  }

  // ------------------------------------------------------------------ charts (d3)

  const WIDTH = 720;

  /** Horizontal bars: rows [{key, label, value, text, cls}], x from 0 to max. */
  function barChart(titleKey, descKey, rows, max, format) {
    const band = 24;
    const left = 230;
    const height = Math.max(1, rows.length) * band + 30;
    const x = d3.scaleLinear().domain([0, max || 1]).range([left, WIDTH - 120]);
    const y = d3.scaleBand().domain(rows.map(r => r.key)).range([24, height - 6]).padding(0.2);
    const svg = d3.create("svg")
      .attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("class", "chart")
      .attr("role", "img")
      .attr("aria-label", t(titleKey) + ": " + t(descKey));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0,24)")
      .call(d3.axisTop(x).ticks(5).tickFormat(format));
    const g = svg.append("g");
    g.selectAll("text.row").data(rows).join("text")
      .attr("class", "row-label").attr("x", left - 6).attr("y", r => y(r.key) + y.bandwidth() / 2)
      .attr("dy", "0.35em").attr("text-anchor", "end").text(r => r.label);
    g.selectAll("rect.bar").data(rows).join("rect")
      .attr("class", r => "bar " + (r.cls || ""))
      .attr("x", x(0)).attr("y", r => y(r.key))
      .attr("width", r => Math.max(0, x(r.value) - x(0))).attr("height", y.bandwidth())
      .append("title").text(r => r.label + ": " + r.text);
    g.selectAll("text.value").data(rows).join("text")
      .attr("class", "value").attr("x", r => x(r.value) + 4).attr("y", r => y(r.key) + y.bandwidth() / 2)
      .attr("dy", "0.35em").text(r => r.text);
    return svg.node();
  }

  /** Pairs of bars (previous year, this year) per cell. */
  function compareChart(pairs, max) {
    const band = 34;
    const left = 250;
    const height = Math.max(1, pairs.length) * band + 54;
    const x = d3.scaleLinear().domain([0, max]).range([left, WIDTH - 60]);
    const y = d3.scaleBand().domain(pairs.map(p => p.key)).range([24, height - 30]).padding(0.15);
    const inner = d3.scaleBand().domain(["prev", "this"]).range([0, y.bandwidth()]).padding(0.05);
    const svg = d3.create("svg")
      .attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("class", "chart")
      .attr("role", "img")
      .attr("aria-label", t("compareChart") + ": " + t("compareChartDesc"));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0,24)")
      .call(d3.axisTop(x).ticks(5).tickFormat(d3.format("d")));
    const rows = svg.append("g").selectAll("g").data(pairs).join("g")
      .attr("transform", p => "translate(0," + y(p.key) + ")");
    rows.append("text").attr("class", "row-label").attr("x", left - 6).attr("y", y.bandwidth() / 2)
      .attr("dy", "0.35em").attr("text-anchor", "end").text(p => p.label);
    ["prev", "this"].forEach(which => {
      rows.append("rect").attr("class", "bar " + which)
        .attr("x", x(0)).attr("y", inner(which)).attr("height", inner.bandwidth())
        .attr("width", p => Math.max(0, x(p[which]) - x(0)))
        .append("title").text(p => p.label + " — " + t(which === "prev" ? "previousYear" : "thisYear") + ": "
          + num(p[which]));
      rows.append("text").attr("class", "value").attr("x", p => x(p[which]) + 4)
        .attr("y", inner(which) + inner.bandwidth() / 2).attr("dy", "0.35em").text(p => num(p[which]));
    });
    const legend = svg.append("g").attr("transform", "translate(" + left + "," + (height - 14) + ")");
    [["prev", "previousYear"], ["this", "thisYear"]].forEach(([cls, key], i) => {
      legend.append("rect").attr("class", "swatch " + cls).attr("x", i * 160).attr("y", -9).attr("width", 12)
        .attr("height", 12);
      legend.append("text").attr("x", i * 160 + 18).attr("y", 0).text(t(key));
    });
    return svg.node();
  }

  /** The plan's items on the year: each window as a bar, the record's steps as dots, late items marked. */
  function timelineChart(year, rows) {
    const band = 30;
    const left = 110;
    const height = Math.max(1, rows.length) * band + 34;
    const x = d3.scaleUtc().domain([Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)]).range([left, WIDTH - 20]);
    const y = d3.scaleBand().domain(rows.map(r => r.key)).range([26, height - 4]).padding(0.25);
    const svg = d3.create("svg")
      .attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("class", "chart timeline")
      .attr("role", "img")
      .attr("aria-label", t("timeline") + ": " + t("timelineDesc"));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0,26)")
      .call(d3.axisTop(x).ticks(d3.utcMonth.every(1)).tickFormat(d3.utcFormat("%m")));
    const g = svg.append("g").selectAll("g").data(rows).join("g")
      .attr("class", r => "item" + (r.late ? " late" : ""))
      .attr("transform", r => "translate(0," + y(r.key) + ")");
    g.append("text").attr("class", "row-label").attr("x", 8).attr("y", y.bandwidth() / 2)
      .attr("dy", "0.35em").text(r => r.number);
    g.append("rect").attr("class", r => "window" + (r.late ? " late" : ""))
      .attr("x", r => x(Date.parse(r.from))).attr("y", 0).attr("height", y.bandwidth())
      .attr("width", r => Math.max(2, x(Date.parse(r.to) + 86400000) - x(Date.parse(r.from))))
      .append("title").text(r => r.number + ". " + r.content + " (" + date(r.from) + " – " + date(r.to) + ")");
    g.selectAll("circle").data(r => r.stages.map(s => Object.assign({ row: r }, s))).join("circle")
      .attr("class", s => "stage stage-" + s.stage.toLowerCase())
      .attr("cx", s => x(Date.parse(s.on) + 43200000)).attr("cy", y.bandwidth() / 2).attr("r", 5)
      .append("title").text(s => label("Stage", s.stage) + ": " + date(s.on));
    g.filter(r => r.late).append("text").attr("class", "late-mark")
      .attr("x", left - 8).attr("y", y.bandwidth() / 2).attr("text-anchor", "end")
      .attr("dy", "0.35em").text(t("late"));
    return svg.node();
  }

  // ------------------------------------------------------------------ pages

  async function home(main) {
    const orgs = await all("organisations");
    const committees = orgs.filter(o => !o.kind.endsWith("_CELL"));
    main.append(el("h1", { tabindex: "-1", text: t("chooseTitle") }));
    if (!committees.length) {
      main.append(el("p", { text: t("noCommittee") }));
      return;
    }
    const select = el("select", { id: "pick-committee" },
      committees.map(c => el("option", { value: c.id }, c.name + " (" + c.code + ")")));
    const year = el("input", { id: "pick-year", type: "number", min: "2000", max: "2100",
      value: String(new Date().getFullYear() - 1) });
    const form = el("form", { class: "pick", on: { submit: ev => {
      ev.preventDefault();
      window.location.hash = href(["committee", select.value, year.value]);
    } } },
      el("label", { for: "pick-committee" }, t("committee")), select,
      el("label", { for: "pick-year" }, t("year")), year,
      el("button", { type: "submit" }, t("open")));
    main.append(form);
  }

  async function cellsBelow(id) {
    const out = [];
    for (const child of await all("organisations/" + id + "/children")) {
      if (child.kind.endsWith("_CELL")) {
        out.push(child);
      } else {
        out.push(...await cellsBelow(child.id));
      }
    }
    return out;
  }

  function inForceOn(set, day) {
    return set.inForceFrom <= day && (!set.inForceTo || set.inForceTo >= day);
  }

  function hadPlan(card) {
    const c = card.criteria.find(x => x.value.indicator === "plan.adopted");
    return c ? c.value.numerator > 0 : true;
  }

  async function overview(main, id, year, docs) {
    const q = query(docs);
    const [sets, dash, cells, roll] = await Promise.all([all("scoring/criteria-sets"),
      get("scoring/dashboards/" + id + "/" + year + "?" + q), cellsBelow(id),
      all("organisations/" + id + "/members?on=" + year + "-12-31")]);
    const previous = sets.some(s => inForceOn(s, (year - 1) + "-12-31"))
      ? await get("scoring/dashboards/" + id + "/" + (year - 1) + "?" + q) : null;
    const first = year + "-01-01";
    const last = year + "-12-31";
    const assignedIds = new Map();
    cells.forEach(c => assignedIds.set(c.id, c.assignments
      .filter(a => a.from <= last && (!a.to || a.to >= first)).map(a => a.member)));
    // the assigned BCH members' names: from the committee's members on 31/12 (pages of 500), and one request for
    // each assigned member not among them (one who left the cells by then)
    const names = new Map(roll.map(m => [m.id, m.fullName]));
    await Promise.all([...new Set([...assignedIds.values()].flat())].filter(m => !names.has(m)).map(async m => {
      const member = await get("members/" + m);
      names.set(m, member.fullName);
    }));
    main.append(el("h1", { tabindex: "-1" }, dash.name + " — " + t("ofYear", { year: year })));
    main.append(el("p", { class: "meta" }, t("criteriaSet") + ": " + dash.criteriaSet + " (" + t("version") + " "
      + dash.criteriaSetVersion + ") · " + t("asOf") + " " + date(dash.asOf)));
    if (!docs.length) {
      main.append(el("p", { class: "note" }, t("noDocument")));
    }

    // the committee's targets
    main.append(section("targets",
      el("p", { class: dash.allTargetsMet ? "ok" : "bad", id: "all-targets" },
        t(dash.allTargetsMet ? "allMet" : "notAllMet")),
      table(null, [t("target"), t("value"), t("required"), t("status"), t("source")], dash.targets.map(tg =>
        el("tr", { class: "target" },
          el("th", { scope: "row" }, tg.label),
          el("td", {}, fraction(tg.value)),
          el("td", {}, num(Number(tg.atLeast) * 100) + "%"),
          el("td", { class: tg.met ? "ok" : "bad" }, t(tg.met ? "met" : "notMet")),
          el("td", {}, tg.source))), { id: "targets" })));

    // charts
    const levels = Object.keys(ENUMS[lang]).filter(k => k.startsWith("Level.")).map(k => k.substring(6));
    const maxCount = Math.max(1, ...levels.map(l => dash.distribution[l] || 0));
    const levelFigure = el("figure", { id: "chart-levels" }, el("figcaption", { text: t("levelChart") }),
      barChart("levelChart", "levelChartDesc", levels.map(l => ({
        key: l, label: label("Level", l), value: dash.distribution[l] || 0,
        text: String(dash.distribution[l] || 0), cls: levelClass(l)
      })), maxCount, d3.format("d")));

    const indicators = [];
    (dash.cells[0] ? dash.cells[0].criteria : []).forEach(c => {
      if (!indicators.some(i => i.code === c.value.indicator)) {
        indicators.push({ code: c.value.indicator, label: c.value.label });
      }
    });
    const pick = el("select", { id: "indicator-pick" },
      indicators.map(i => el("option", { value: i.code }, i.label)));
    const indicatorHolder = el("div", { id: "indicator-chart" });
    const drawIndicator = () => {
      const code = pick.value;
      const values = dash.cells.map(card => {
        const c = card.criteria.find(x => x.value.indicator === code);
        return { card: card, value: c ? c.value : null };
      });
      const applicable = values.filter(v => v.value && share(v.value) !== null)
        .sort((a, b) => share(b.value) - share(a.value) || a.card.code.localeCompare(b.card.code));
      const na = values.filter(v => !v.value || share(v.value) === null);
      indicatorHolder.replaceChildren(barChart("indicatorChart", "indicatorChartDesc", applicable.map(v => ({
        key: v.card.organisation, label: v.card.code, value: share(v.value),
        text: fraction(v.value) + " (" + num(share(v.value) * 100) + "%)"
      })), 1, d3.format(".0%")), ...(na.length ? [el("p", { class: "note" }, t("notApplicableCells") + ": "
        + na.map(v => v.card.code).join(", "))] : []));
    };
    pick.addEventListener("change", drawIndicator);
    const preferred = indicators.find(i => i.code === "implementation.onTime");
    if (preferred) {
      pick.value = preferred.code;
    }
    drawIndicator();
    const indicatorFigure = el("figure", { id: "chart-indicator" },
      el("figcaption", {}, el("label", { for: "indicator-pick" }, t("indicatorChart") + " — " + t("indicatorPick")),
        " ", pick), indicatorHolder);

    const prevByCell = new Map((previous ? previous.cells : []).filter(hadPlan).map(c => [c.organisation, c]));
    const pairs = dash.cells.filter(c => prevByCell.has(c.organisation)).map(c => ({
      key: c.organisation, label: c.code, prev: Number(prevByCell.get(c.organisation).total), this: Number(c.total)
    }));
    const compareFigure = el("figure", { id: "chart-compare" }, el("figcaption", { text: t("compareChart") }),
      pairs.length ? compareChart(pairs, Math.max(...dash.cells.map(c => Number(c.max)), 1))
        : el("p", { class: "note", id: "no-previous" }, t("noPrevious")));
    main.append(section("charts", el("div", { class: "charts" }, levelFigure, indicatorFigure, compareFigure)));

    // the cells, sortable and filterable
    const rows = dash.cells.map(c => ({
      card: c,
      assigned: (assignedIds.get(c.organisation) || []).map(m => names.get(m) || m).join(", "),
      limits: c.gates.map(g => t("gate") + ": " + g).concat(c.quota.map(x => t("quota") + ": " + x))
    }));
    const columns = [
      { key: "code", label: t("code"), value: r => r.card.code },
      { key: "name", label: t("cell"), value: r => r.card.name },
      { key: "score", label: t("score"), value: r => Number(r.card.total) },
      { key: "level", label: t("level"), value: r => levels.indexOf(r.card.level) },
      { key: "limits", label: t("limitedBy"), value: r => r.limits.join(" ") },
      { key: "assigned", label: t("assigned"), value: r => r.assigned }
    ];
    let sort = { key: "code", dir: 1 };
    const filterText = el("input", { id: "cell-filter", type: "search" });
    const filterLevel = el("select", { id: "level-filter" }, el("option", { value: "" }, t("allLevels")),
      levels.map(l => el("option", { value: l }, label("Level", l))));
    const count = el("p", { id: "cell-count", role: "status" });
    const tbody = el("tbody");
    const headRow = el("tr");
    const drawRows = () => {
      const text = filterText.value.trim().toLocaleLowerCase();
      const col = columns.find(c => c.key === sort.key);
      const shown = rows.filter(r => (!filterLevel.value || r.card.level === filterLevel.value)
        && (!text || (r.card.code + " " + r.card.name).toLocaleLowerCase().includes(text)))
        .sort((a, b) => {
          const x = col.value(a);
          const y = col.value(b);
          return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), lang)) * sort.dir;
        });
      tbody.replaceChildren(...shown.map(r => el("tr", { class: "cell-row", "data-cell": r.card.organisation },
        el("td", {}, r.card.code),
        el("th", { scope: "row" }, r.card.name),
        el("td", { class: "num score" }, num(r.card.total) + "/" + num(r.card.max)),
        el("td", {}, el("span", { class: "level " + levelClass(r.card.level) }, r.card.levelLabel)),
        el("td", { class: "limits" }, r.limits.length ? el("ul", {}, r.limits.map(x => el("li", {}, x))) : t("none")),
        el("td", {}, r.assigned || t("none")),
        el("td", { class: "links" },
          el("a", { href: href(["scorecard", r.card.organisation, year], docs) }, t("scorecard")), " · ",
          el("a", { href: href(["cell", r.card.organisation, year], docs) }, t("cellYear"))))));
      count.textContent = t("shown", { n: shown.length, total: rows.length });
      headRow.querySelectorAll("th").forEach(th => {
        const key = th.getAttribute("data-key");
        th.setAttribute("aria-sort", key === sort.key ? (sort.dir > 0 ? "ascending" : "descending") : "none");
      });
    };
    columns.forEach(c => headRow.append(el("th", { scope: "col", "data-key": c.key },
      el("button", { type: "button", class: "sort", "aria-label": t("sortBy", { col: c.label }), on: { click: () => {
        sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : 1 };
        drawRows();
      } } }, c.label))));
    headRow.append(el("th", { scope: "col" }, t("links")));
    filterText.addEventListener("input", drawRows);
    filterLevel.addEventListener("change", drawRows);
    main.append(section("cells",
      el("div", { class: "filters" },
        el("label", { for: "cell-filter" }, t("filter")), filterText,
        el("label", { for: "level-filter" }, t("levelFilter")), filterLevel),
      count,
      el("table", { id: "cells" }, el("thead", {}, headRow), tbody)));
    drawRows();
  }

  async function scorecard(main, cell, year, docs) {
    const [card, sets] = await Promise.all([get("scoring/scorecards/" + cell + "/" + year + "?" + query(docs)),
      all("scoring/criteria-sets")]);
    const set = sets.find(s => s.id === card.criteriaSet && s.version === card.criteriaSetVersion);
    const sources = new Map((set ? set.criteria : []).map(c => [c.id, c.source]));
    main.append(el("h1", { tabindex: "-1" }, t("scorecard") + ": " + card.name + " (" + card.code + ") — "
      + t("ofYear", { year: year })));
    main.append(el("dl", { class: "facts", id: "scorecard-set" },
      el("dt", {}, t("criteriaSet")), el("dd", {}, (set ? set.label + " — " : "") + card.criteriaSet + ", "
        + t("version") + " " + card.criteriaSetVersion),
      set ? [el("dt", {}, t("inForce")), el("dd", {}, date(set.inForceFrom))] : null,
      set ? [el("dt", {}, t("legalReferences")), el("dd", { id: "legal-references" }, set.legalReferences.join("; "))]
        : null,
      el("dt", {}, t("total")), el("dd", { id: "scorecard-total" }, num(card.total) + "/" + num(card.max)),
      card.renormalisation ? [el("dt", {}, t("renormalisation")), el("dd", { id: "renormalisation" },
        card.renormalisation)] : null,
      el("dt", {}, t("byScore")), el("dd", {}, label("Level", card.byScore)),
      el("dt", {}, t("afterGates")), el("dd", {}, label("Level", card.afterGates)),
      el("dt", {}, t("finalLevel")), el("dd", {}, el("span", { class: "level " + levelClass(card.level) },
        card.levelLabel))));
    if (card.gates.length || card.quota.length) {
      main.append(section("limitedBy", el("ul", { id: "limits" },
        card.gates.map(g => el("li", {}, t("gate") + ": " + g)),
        card.quota.map(x => el("li", {}, t("quota") + ": " + x)))));
    }
    main.append(table(t("scorecard"), [t("criterion"), t("points"), t("explanation"), t("numDen"), t("records"),
      t("source")], card.criteria.map(c => el("tr", { class: "criterion", "data-criterion": c.criterion },
      el("th", { scope: "row" }, c.label),
      el("td", { class: "num points" }, c.points !== null && c.points !== undefined
        ? num(c.points) + "/" + num(c.max) + (c.state !== "SCORED" ? " (" + c.stateLabel + ")" : "")
        : c.stateLabel),
      el("td", { class: "explanation" }, c.explanation),
      el("td", { class: "num" }, fraction(c.value)),
      el("td", { class: "records" }, c.value.records.length ? el("ul", {}, c.value.records.map(r => el("li", {},
        el("a", { href: href(["cell", cell, year, r], docs) }, t("recordLink", { id: r.substring(0, 8) })))))
        : t("none")),
      el("td", {}, sources.get(c.criterion) || t("none")))), { id: "criteria" }));
    main.append(el("details", {}, el("summary", {}, t("asText")), el("pre", { id: "scorecard-text" }, card.text)));
  }

  function stageList(stages) {
    return el("ol", { class: "stages" }, stages.map(s => el("li", {}, label("Stage", s.stage) + " — " + date(s.on))));
  }

  async function cellYear(main, cell, year, record) {
    const [org, plans, activities, roll, reporting] = await Promise.all([get("organisations/" + cell),
      all("plans?year=" + year + "&organisation=" + cell), all("organisations/" + cell + "/activities"),
      all("organisations/" + cell + "/members?on=" + year + "-12-31"),
      get("organisations/" + cell + "/reporting?year=" + year)]);
    const names = new Map(roll.map(m => [m.id, m.fullName + " (" + m.code + ")"]));
    const who = id => names.get(id) || id.substring(0, 8);
    const plan = plans[0];
    const inYear = a => a.stages[0].on.startsWith(String(year)) || (plan && a.plan === plan.id);
    const records = activities.filter(inYear);
    const today = todayIso();
    main.append(el("h1", { tabindex: "-1" }, org.name + " (" + org.code + ") — " + t("ofYear", { year: year })));

    // the plan and its timeline
    if (!plan) {
      main.append(section("plan", el("p", { id: "no-plan" }, t("noPlan"))));
    } else {
      const byItem = new Map();
      records.filter(a => a.item).forEach(a => {
        const held = byItem.get(a.item);
        if (!held || a.stages[0].on >= held.stages[0].on) {
          byItem.set(a.item, a);
        }
      });
      const rows = plan.items.map((it, i) => {
        const a = byItem.get(it.id);
        const concluded = a && a.conclusion ? a.conclusion.concludedOn : null;
        const late = concluded ? concluded > it.to : it.to < today;
        const status = concluded ? (late ? "late" : "onTime") : a ? (late ? "late" : "inProgress")
          : (late ? "late" : "notStarted");
        return { key: it.id, number: String(i + 1), content: it.content, from: it.from, to: it.to, late: late,
          stages: a ? a.stages : [], status: status, item: it, activity: a, concluded: concluded };
      });
      const revision = plan.revisions.length ? plan.revisions[0] : null;
      main.append(section("plan",
        el("p", { id: "rec-" + plan.id, tabindex: "-1" }, plan.title + " — " + t("planStatus") + ": "
          + label("PlanStatus", plan.status) + (revision ? " · " + t("adoptedOn") + " " + date(revision.adoptedOn) : "")),
        el("figure", { id: "chart-timeline" }, el("figcaption", { text: t("timeline") }), timelineChart(year, rows)),
        table(t("timeline"), ["#", t("item"), t("window"), t("responsible"), t("stages"), t("status")],
          rows.map(r => el("tr", { id: "rec-" + r.key, tabindex: "-1", class: "plan-item" + (r.late ? " late" : "") },
            el("td", {}, r.number),
            el("th", { scope: "row" }, r.content),
            el("td", {}, date(r.from) + " – " + date(r.to)),
            el("td", {}, who(r.item.responsible)),
            el("td", {}, r.stages.length ? stageList(r.stages) : t("none")),
            el("td", { class: r.late ? "bad" : "" }, t(r.status) + (r.concluded ? " (" + date(r.concluded) + ")"
              : "")))), { id: "items" })));
    }

    // the records, with their conclusions as far as the reader may see them
    main.append(section("activities", records.length ? el("ul", { class: "records", id: "activities" },
      records.map(a => el("li", { id: "rec-" + a.id, tabindex: "-1", class: "activity" + (a.item ? "" : " unplanned") },
        el("h3", {}, a.subject),
        el("p", { class: "meta" }, label("ActivityKind", a.kind) + " · " + t("responsible") + ": " + who(a.responsible)),
        stageList(a.stages),
        a.conclusion ? el("div", { class: "conclusion" },
          el("h4", {}, t("conclusion") + " — " + date(a.conclusion.concludedOn)),
          a.conclusion.strengths.length ? [el("p", {}, t("strengths") + ":"),
            el("ul", {}, a.conclusion.strengths.map(s => el("li", {}, s)))] : null,
          a.conclusion.shortcomings.length ? [el("p", {}, t("shortcomings") + ":"),
            el("ul", {}, a.conclusion.shortcomings.map(s => el("li", {}, s)))] : null,
          a.conclusion.violations.length ? [el("p", {}, t("violations") + ":"),
            el("ul", { class: "violations" }, a.conclusion.violations.map(v => el("li", {}, v.description + " ("
              + label("Severity", v.severity) + ")")))] : null) : null,
        a.confidentialWithheld ? el("p", { class: "note withheld" }, t("withheld")) : null,
        a.recommendations.length ? [el("p", {}, t("recommendations") + ":"), el("ul", {}, a.recommendations.map(r =>
          el("li", { id: "rec-" + r.id, tabindex: "-1" }, r.text + " — " + t("due") + " " + date(r.due) + " · "
            + label("RecommendationStatus", r.status) + (r.closedOn ? " (" + date(r.closedOn) + ")" : ""))))] : null,
        a.disciplines.length ? [el("p", {}, t("disciplines") + ":"), el("ul", { class: "disciplines" },
          a.disciplines.map(d => el("li", {}, label("DisciplineForm", d.form) + " — " + (d.target.member
            ? who(d.target.member) : "") + " (" + date(d.decidedOn) + ")")))] : null)))
      : el("p", {}, t("none"))));

    // members reached
    const reached = new Set();
    records.filter(a => a.stages[0].on.startsWith(String(year)))
      .forEach(a => a.targets.forEach(x => { if (x.member) { reached.add(x.member); } }));
    const memberList = (members, cls) => el("ul", { class: "members " + cls },
      members.map(m => el("li", { id: "rec-" + m.id, tabindex: "-1" }, m.fullName + " (" + m.code + ")")));
    main.append(section("membersTitle",
      el("h3", {}, t("reached") + " (" + roll.filter(m => reached.has(m.id)).length + "/" + roll.length + ")"),
      memberList(roll.filter(m => reached.has(m.id)), "reached"),
      el("h3", {}, t("notReached") + " (" + roll.filter(m => !reached.has(m.id)).length + "/" + roll.length + ")"),
      memberList(roll.filter(m => !reached.has(m.id)), "not-reached")));

    // reports of the year
    main.append(section("reportsTitle", table(null, [t("period"), t("status"), t("submittedOn"), t("deadline")],
      reporting.lines.map(l => el("tr", { class: "timeliness t-" + l.status.toLowerCase().replace(/_/g, "-") },
        el("th", { scope: "row" }, l.period),
        el("td", {}, label("Timeliness", l.status) + (l.daysLate > 0 ? " (" + t("daysLate", { n: l.daysLate }) + ")" : "")),
        el("td", {}, date(l.submittedOn)),
        el("td", {}, date(l.deadline)))), { id: "reports" })));

    if (record) {
      const target = document.getElementById("rec-" + record);
      if (target) {
        target.classList.add("focused-record");
        target.scrollIntoView({ block: "center" });
        target.focus();
      } else {
        main.prepend(el("p", { class: "note", role: "status", id: "record-missing" }, t("recordMissing")));
      }
    }
  }

  async function reports(main, id, year) {
    const [org, rep] = await Promise.all([get("organisations/" + id), get("organisations/" + id + "/reporting?year=" + year)]);
    main.append(el("h1", { tabindex: "-1" }, org.name + " — " + t("matrixTitle") + " — " + t("ofYear", { year: year })));
    const byCell = new Map();
    rep.lines.forEach(l => {
      if (!byCell.has(l.organisation)) {
        byCell.set(l.organisation, { code: l.code, name: l.name, lines: new Map() });
      }
      byCell.get(l.organisation).lines.set(l.period, l);
    });
    main.append(table(t("matrixTitle"), [t("cell")].concat(rep.periods), [...byCell.entries()].map(([cid, c]) =>
      el("tr", { class: "matrix-row" },
        el("th", { scope: "row" }, el("a", { href: href(["cell", cid, year]) }, c.code), " " + c.name),
        rep.periods.map(p => {
          const l = c.lines.get(p);
          return el("td", { class: l ? "t-" + l.status.toLowerCase().replace(/_/g, "-") : "" }, l
            ? label("Timeliness", l.status) + (l.daysLate > 0 ? " (" + t("daysLate", { n: l.daysLate }) + ")" : "")
            : t("none"));
        }))), { id: "matrix" }));
  }

  async function overdue(main, id, params) {
    const on = params.get("on") || "";
    const [org, items] = await Promise.all([get("organisations/" + id),
      all("organisations/" + id + "/overdue" + (on ? "?on=" + encodeURIComponent(on) : ""))]);
    main.append(el("h1", { tabindex: "-1" }, org.name + " — " + t("overdueTitle", { day: date(on || todayIso()) })));
    const day = el("input", { id: "overdue-day", type: "date", value: on || todayIso() });
    main.append(el("form", { class: "pick", on: { submit: ev => {
      ev.preventDefault();
      window.location.hash = "#/overdue/" + encodeURIComponent(id) + "?on=" + encodeURIComponent(day.value);
    } } }, el("label", { for: "overdue-day" }, t("onDay")), day, el("button", { type: "submit" }, t("show"))));
    if (!items.length) {
      main.append(el("p", { id: "nothing-overdue" }, t("nothingOverdue")));
      return;
    }
    main.append(table(null, [t("kind"), t("organisation"), t("subject"), t("due"), t("daysOverdue"),
      t("responsible"), t("escalation")], items.map(x => {
      const rec = x.recommendation || x.item || x.plan;
      const year = Number(x.due.substring(0, 4));
      const target = ["cell", x.organisation, year].concat(rec ? [rec] : []);
      return el("tr", { class: "overdue-row k-" + x.kind.toLowerCase().replace(/_/g, "-") },
        el("td", {}, x.kindLabel),
        el("th", { scope: "row" }, el("a", { href: href(target) }, x.code), " " + x.name),
        el("td", {}, x.period ? t("period") + " " + x.period
          : (x.subject || t("none")) + (x.member ? " — " + (x.memberName || t("none")) : "")),
        el("td", {}, date(x.due)),
        el("td", { class: "num" }, String(x.daysOverdue)),
        el("td", {}, x.responsibleName || t("none")),
        el("td", { class: "step" + (x.step ? " s-" + x.step.number : "") }, x.step
          ? t("stepOf", { n: x.step.number, of: x.step.of, roles: x.step.label }) : t("noStep")));
    }), { id: "overdue" }));
  }

  // ------------------------------------------------------------------ frame

  function route() {
    const hash = window.location.hash.startsWith("#/") ? window.location.hash.substring(2) : "";
    const [path, search] = hash.split("?");
    const parts = path.split("/").filter(p => p).map(decodeURIComponent);
    const params = new URLSearchParams(search || "");
    return { parts: parts, params: params, docs: params.getAll("document") };
  }

  function nav(r) {
    const [page, id, year] = r.parts;
    const links = [el("a", { href: "#/" }, t("home"))];
    if (["committee", "reports", "overdue"].includes(page) && id) {
      const y = year || String(new Date().getFullYear() - 1);
      links.push(el("a", { href: href(["committee", id, y], r.docs) }, t("overview")));
      links.push(el("a", { href: href(["reports", id, y], r.docs) }, t("reports")));
      links.push(el("a", { href: "#/overdue/" + encodeURIComponent(id) }, t("overdue")));
    } else if (["cell", "scorecard"].includes(page) && id && year) {
      links.push(el("a", { href: href(["scorecard", id, year], r.docs) }, t("scorecard")));
      links.push(el("a", { href: href(["cell", id, year], r.docs) }, t("cellYear")));
    }
    const current = window.location.hash || "#/";
    return el("ul", {}, links.map(a => {
      if (a.getAttribute("href") === current) {
        a.setAttribute("aria-current", "page");
      }
      return el("li", {}, a);
    }));
  }

  function staticLabels() {
    document.documentElement.lang = lang;
    document.title = "KTGS — " + t("title");
    document.querySelectorAll("[data-l]").forEach(e => { e.textContent = t(e.getAttribute("data-l")); });
    const button = document.getElementById("lang");
    button.textContent = t("switchTo");
    button.setAttribute("lang", lang === "vi" ? "en" : "vi");
    document.getElementById("nav").setAttribute("aria-label", t("nav"));
  }

  async function render(focus) {
    const started = performance.now();
    const mine = ++renderCount;
    const r = route();
    staticLabels();
    document.getElementById("nav").replaceChildren(nav(r));
    const main = el("div", { class: "page" });
    const holder = document.getElementById("main");
    holder.setAttribute("aria-busy", "true");
    document.body.removeAttribute("data-ready");
    const [page, id, year, record] = r.parts;
    try {
      if (page === "committee" && id && year) {
        await overview(main, id, Number(year), r.docs);
      } else if (page === "scorecard" && id && year) {
        await scorecard(main, id, Number(year), r.docs);
      } else if (page === "cell" && id && year) {
        holder.replaceChildren(main); // the record to focus must be in the document
        await cellYear(main, id, Number(year), record);
      } else if (page === "reports" && id && year) {
        await reports(main, id, Number(year));
      } else if (page === "overdue" && id) {
        await overdue(main, id, r.params);
      } else {
        await home(main);
      }
    } catch (e) {
      main.replaceChildren(el("h1", { tabindex: "-1" }, t("error")), el("p", { role: "alert", class: "bad", id: "error" },
        e.status === 401 || e.status === 403 ? t("forbidden") : e.status === 404 ? t("notFound") : e.message));
    }
    if (mine !== renderCount) {
      return; // a later navigation took over
    }
    if (holder.firstChild !== main) {
      holder.replaceChildren(main);
    }
    holder.removeAttribute("aria-busy");
    if (focus && !(record && document.activeElement && document.activeElement.id === "rec-" + record)) {
      const h1 = main.querySelector("h1");
      if (h1) {
        h1.focus();
      }
    }
    document.body.setAttribute("data-draw-ms", String(Math.round(performance.now() - started)));
    document.body.setAttribute("data-ready", page || "home");
  }

  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    window.localStorage.setItem("ktgs.lang", lang);
    render(false);
  });
  document.getElementById("skip").addEventListener("click", ev => {
    ev.preventDefault();
    document.getElementById("main").focus();
  });
  window.addEventListener("hashchange", () => render(true));
  render(false);
}());
