namespace Sitrep.Core.Documents;

/// <summary>Where an article came from: one page, feed item or manifest line.</summary>
/// <param name="Id">Stable id of the page: a file name, a manifest id or a feed item's guid.</param>
/// <param name="Url">The article's URL, when known.</param>
/// <param name="Outlet">The publishing outlet, when known.</param>
/// <param name="Title">The title the source hands over (meta tags, feed, manifest), if any.</param>
/// <param name="Published">Publication date, when the source states it.</param>
/// <param name="PublishedFrom">Where the date came from (manifest, meta, json-ld, time, feed), or null.</param>
/// <param name="Origin">The file (and line or item) the article was read from, for error messages.</param>
public sealed record SourceInfo(
    string Id,
    string? Url = null,
    string? Outlet = null,
    string? Title = null,
    DateOnly? Published = null,
    string? PublishedFrom = null,
    string Origin = "");
