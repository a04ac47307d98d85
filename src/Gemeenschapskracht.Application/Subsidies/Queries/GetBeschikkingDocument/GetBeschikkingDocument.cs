using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikkingDocument;

/// <summary>The beschikking as a PDF letter with the gemeente's letterhead, for the gemeente and the applicant.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetBeschikkingDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetBeschikkingDocumentHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetBeschikkingDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetBeschikkingDocumentQuery query, CancellationToken cancellationToken)
    {
        var beschikking = await db.ZichtbareBeschikkingen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        var aanvraag = await db.Set<Subsidieaanvraag>().AsNoTracking().FirstAsync(a => a.Id == beschikking.AanvraagId, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().AsNoTracking().FirstAsync(r => r.Id == beschikking.RegelingId, cancellationToken);
        var dto = await db.ToDtoAsync(beschikking, cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(BeschikkingDocument.Compose(dto, aanvraag, regeling, branding.Gemeente), branding);
        var soort = beschikking.Soort == BesluitSoort.Verlening ? "verlening" : "weigering";
        return new DocumentFile($"beschikking-{soort}-{beschikking.Kenmerk}.pdf", pdf);
    }
}
