namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>Writes a document top to bottom; empty parts are left out, so a use case can add what it has without checks.</summary>
public sealed class DocumentBuilder(TitlePage titlePage)
{
    private readonly List<DocumentBlock> _blocks = [];

    public DocumentBuilder Heading(string text, int level = 1) => Add(new Heading(text, level));

    public DocumentBuilder Paragraph(string? text) => string.IsNullOrWhiteSpace(text) ? this : Add(new Paragraph(text));

    public DocumentBuilder Bullets(IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return list.Count == 0 ? this : Add(new BulletList(list));
    }

    public DocumentBuilder KeyValues(params IEnumerable<KeyValue?> items)
    {
        var list = items.OfType<KeyValue>().Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        return list.Count == 0 ? this : Add(new KeyValueList(list));
    }

    public DocumentBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<string>? total = null)
    {
        var list = rows.ToList();
        return list.Count == 0 ? this : Add(new Table(columns, list, total));
    }

    public DocumentBuilder Notice(string title, string text) => Add(new Notice(title, text));

    /// <summary>Says so in a paragraph when a part has nothing in it, rather than leaving the heading bare.</summary>
    public DocumentBuilder WhenNone<T>(IReadOnlyCollection<T> items, string text) => items.Count == 0 ? Paragraph(text) : this;

    public Document Build() => new(titlePage, _blocks.ToList());

    private DocumentBuilder Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
