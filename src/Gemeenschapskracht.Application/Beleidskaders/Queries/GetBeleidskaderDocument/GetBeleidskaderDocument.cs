using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument;

/// <summary>One version as a printable PDF, from the same content as its page. A draft is not found for those who may not see drafts.</summary>
[Public]
public sealed record GetBeleidskaderDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetBeleidskaderDocumentHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, TimeProvider clock, IDocumentRenderer renderer)
    : IQueryHandler<GetBeleidskaderDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetBeleidskaderDocumentQuery query, CancellationToken cancellationToken)
    {
        var kader = await db.Zichtbaar(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        var dto = kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(BeleidskaderDocument.Compose(dto, branding.Gemeente), branding);
        return new DocumentFile($"beleidskader-{tenant.Identifier}-versie-{dto.Versie}.pdf", pdf);
    }
}
