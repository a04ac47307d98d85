namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>A printable document as content only: a title page and blocks that flow over the pages. The renderer decides the look.</summary>
public sealed record Document(TitlePage TitlePage, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>The first page: the title, a line under it and the facts that identify the document (a decision's date and reference).</summary>
public sealed record TitlePage(string Title, string? Subtitle, IReadOnlyList<KeyValue> Details);

public sealed record KeyValue(string Key, string Value);
