using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.GetWijktoekomstagendaDocument;

/// <summary>
/// One version as a printable PDF to spread door to door (R3.6), from the same DTO as its page, in the gemeente's
/// colour and with its logo. A concept is not found for the public.
/// </summary>
[Public]
public sealed record GetWijktoekomstagendaDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetWijktoekomstagendaDocumentHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetWijktoekomstagendaDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetWijktoekomstagendaDocumentQuery query, CancellationToken cancellationToken)
    {
        var dto = await db.ToDtoAsync(await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(AgendaDocument.Compose(dto, branding.Gemeente), branding);
        return new DocumentFile($"wijktoekomstagenda-{SlugGenerator.FromName(dto.WijkNaam)}-versie-{dto.Versie}.pdf", pdf);
    }
}
