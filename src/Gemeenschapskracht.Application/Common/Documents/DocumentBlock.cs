namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>One piece of a document's flow.</summary>
public abstract record DocumentBlock;

/// <summary>Level 1 opens a section, level 2 a part of it.</summary>
public sealed record Heading(string Text, int Level) : DocumentBlock;

/// <summary>Text that wraps; a line break in it starts a new line.</summary>
public sealed record Paragraph(string Text) : DocumentBlock;

public sealed record BulletList(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>Label and value pairs, the labels in a column of their own.</summary>
public sealed record KeyValueList(IReadOnlyList<KeyValue> Items) : DocumentBlock;

/// <summary>Something the reader must not miss, in a box of its own.</summary>
public sealed record Notice(string Title, string Text) : DocumentBlock;

/// <summary>Rows of cells under a header; the total row, when given, closes the table in bold.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Total = null) : DocumentBlock;

/// <summary>A column's share of the width is its weight against the others'; amounts align right.</summary>
public sealed record TableColumn(string Title, double Weight = 1, bool AlignRight = false);
