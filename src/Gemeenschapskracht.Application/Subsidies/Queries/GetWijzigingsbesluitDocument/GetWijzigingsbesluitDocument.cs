using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetWijzigingsbesluitDocument;

/// <summary>The beschikking tot wijziging or intrekking as a PDF letter with the gemeente's letterhead.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetWijzigingsbesluitDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetWijzigingsbesluitDocumentHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant,
    IDocumentRenderer renderer) : IQueryHandler<GetWijzigingsbesluitDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetWijzigingsbesluitDocumentQuery query, CancellationToken cancellationToken)
    {
        var besluit = await db.ZichtbareWijzigingen(user).AsNoTracking().FirstOrDefaultAsync(w => w.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Dit wijzigingsbesluit bestaat niet in deze gemeente.");
        var beschikking = await db.Set<Beschikking>().AsNoTracking().FirstAsync(b => b.Id == besluit.BeschikkingId, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().AsNoTracking().FirstAsync(r => r.Id == beschikking.RegelingId, cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var document = WijzigingsbesluitDocument.Compose(besluit, beschikking, await db.AanvragerAsync(beschikking.AanvraagId, cancellationToken), regeling, branding.Gemeente);
        return new DocumentFile($"beschikking-{(besluit.Intrekking ? "intrekking" : "wijziging")}-{besluit.Kenmerk}.pdf", renderer.Render(document, branding));
    }
}
