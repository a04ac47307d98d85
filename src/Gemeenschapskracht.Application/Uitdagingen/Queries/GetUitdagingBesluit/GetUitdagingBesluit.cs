using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.GetUitdagingBesluit;

/// <summary>The decision on a challenge (granted, refused or not ontvankelijk) as a PDF letter with the gemeente's letterhead and the bezwaarclausule.</summary>
[Authorize(Roles = UitdagingQueries.Lezers)]
public sealed record GetUitdagingBesluitQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetUitdagingBesluitHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant,
    IDocumentRenderer renderer) : IQueryHandler<GetUitdagingBesluitQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetUitdagingBesluitQuery query, CancellationToken cancellationToken)
    {
        var uitdaging = await db.ZichtbareUitdagingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        if (!uitdaging.HeeftBesluit)
            throw new NotFoundException("Op deze uitdaging is nog geen besluit genomen.");
        var verordening = uitdaging.VerordeningVersie == 0 ? null
            : await db.Set<Participatieverordening>().AsNoTracking().FirstOrDefaultAsync(v => v.Versie == uitdaging.VerordeningVersie, cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var document = UitdagingBesluitDocument.Compose(uitdaging, await db.UitdagerAsync(uitdaging, cancellationToken), verordening?.Referentie, branding.Gemeente);
        return new DocumentFile($"besluit-uitdaging-{uitdaging.Kenmerk}.pdf", renderer.Render(document, branding));
    }
}
