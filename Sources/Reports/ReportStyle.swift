/// The report's style sheet, inline so the page needs nothing else. Written without `>` and `&` so
/// that the page is also well-formed XML.
enum ReportStyle {
    static let css = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2733; background: #fafafa; }
        main { max-width: 760px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.6em; margin-bottom: 0; }
        h2 { font-size: 1.2em; margin-top: 32px; border-bottom: 1px solid #d8dde3; padding-bottom: 4px; }
        h3 { font-size: 1em; margin-bottom: 4px; }
        .muted { color: #5b6775; font-size: 0.9em; }
        .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
        .tile { background: white; border: 1px solid #d8dde3; border-radius: 8px; padding: 10px 14px; min-width: 96px; }
        .tile strong { display: block; font-size: 1.4em; }
        .tile span { color: #5b6775; font-size: 0.85em; }
        table { border-collapse: collapse; width: 100%; background: white; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9ed; vertical-align: middle; }
        .chart { display: block; max-width: 100%; height: auto; background: white; border: 1px solid #e6e9ed; }
        .axis { stroke: #5b6775; stroke-width: 1; }
        .grid { stroke: #e6e9ed; stroke-width: 1; }
        .tick { font-size: 11px; fill: #5b6775; }
        .meter { vertical-align: middle; }
        .rationale { margin: 2px 0 8px; color: #3b4652; }
        .risk { color: #b3261e; }
        """
}
