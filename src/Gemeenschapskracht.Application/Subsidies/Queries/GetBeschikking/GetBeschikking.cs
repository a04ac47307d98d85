using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikking;

/// <summary>The beschikking on a decided application as a PDF letter with the gemeente's letterhead, for the gemeente and the applicant.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetBeschikkingQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetBeschikkingHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetBeschikkingQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetBeschikkingQuery query, CancellationToken cancellationToken)
    {
        var aanvraag = await db.ZichtbareAanvragen(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        if (aanvraag.Besluit is null)
            throw new DomainException("Op deze aanvraag is nog niet besloten; er is nog geen beschikking.");
        var regeling = await db.Set<Subsidieregeling>().AsNoTracking().FirstAsync(r => r.Id == aanvraag.RegelingId, cancellationToken);
        var budget = await db.Set<Wijkbudget>().AsNoTracking().FirstAsync(b => b.Id == regeling.WijkbudgetId, cancellationToken);
        var organisatie = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == aanvraag.OrganisatieId).Select(o => o.Naam).FirstOrDefaultAsync(cancellationToken);
        var aanvrager = (organisatie ?? "de aanvrager") + (aanvraag.Groepsnaam is { } groep ? $", namens {groep}" : "");
        var voorbehoud = budget.Tranches.Where(t => t.Status == TrancheStatus.Voorbehouden && t.Jaar >= aanvraag.Van.Year && t.Jaar <= aanvraag.Tot.Year)
            .Select(t => t.Jaar).ToList();
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(BeschikkingDocument.Compose(aanvraag, regeling, aanvrager, voorbehoud, branding.Gemeente), branding);
        var soort = aanvraag.Besluit.Soort == BesluitSoort.Verlening ? "verlening" : "weigering";
        return new DocumentFile($"beschikking-{soort}-{aanvraag.Id.ToString()[..8]}.pdf", pdf);
    }
}
