using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetVaststellingDocument;

/// <summary>The beschikking tot vaststelling as a PDF letter with the gemeente's letterhead, for the gemeente and the recipient.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetVaststellingDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetVaststellingDocumentHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetVaststellingDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetVaststellingDocumentQuery query, CancellationToken cancellationToken)
    {
        var vaststelling = await db.ZichtbareVaststellingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        var beschikking = await db.Set<Beschikking>().AsNoTracking().FirstAsync(b => b.Id == vaststelling.BeschikkingId, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().AsNoTracking().FirstAsync(r => r.Id == beschikking.RegelingId, cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var document = VaststellingDocument.Compose(vaststelling, beschikking, await db.AanvragerAsync(beschikking.AanvraagId, cancellationToken), regeling, branding.Gemeente);
        return new DocumentFile($"beschikking-vaststelling-{vaststelling.Kenmerk}.pdf", renderer.Render(document, branding));
    }
}
