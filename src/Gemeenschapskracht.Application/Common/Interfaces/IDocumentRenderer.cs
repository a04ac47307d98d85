using Gemeenschapskracht.Application.Common.Documents;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Lays a document out in the gemeente's look as a PDF.</summary>
public interface IDocumentRenderer
{
    byte[] Render(Document document, DocumentBranding branding);
}
