using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument;

/// <summary>
/// One version as a printable PDF, from the same content as its page, with the wijk's public places; never the
/// sterkhouders. A version not yet shared is not found for the public.
/// </summary>
[Public]
public sealed record GetWijkbeeldDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetWijkbeeldDocumentHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetWijkbeeldDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetWijkbeeldDocumentQuery query, CancellationToken cancellationToken)
    {
        var dto = await db.ToDtoAsync(await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken), cancellationToken);
        var plekken = (await db.Set<PubliekePlek>().AsNoTracking().Where(p => p.GebiedId == dto.WijkId)
            .OrderBy(p => p.Naam).ThenBy(p => p.Id).ToListAsync(cancellationToken)).Select(p => p.ToDto()).ToList();
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(WijkbeeldDocument.Compose(dto, plekken, branding.Gemeente), branding);
        return new DocumentFile($"wijkbeeld-{SlugGenerator.FromName(dto.WijkNaam)}-versie-{dto.Versie}.pdf", pdf);
    }
}
