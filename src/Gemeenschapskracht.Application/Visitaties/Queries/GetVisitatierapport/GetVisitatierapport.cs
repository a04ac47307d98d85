using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatierapport;

/// <summary>
/// The report as a PDF: public once adopted (with the reviewed party's response), before that a draft for those who
/// take part in the visitatie only.
/// </summary>
[Public]
public sealed record GetVisitatierapportQuery(Guid Id) : IQuery<DocumentFile>;

public sealed class GetVisitatierapportHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, IDocumentRenderer renderer)
    : IQueryHandler<GetVisitatierapportQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetVisitatierapportQuery query, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().AsNoTracking().VindAsync(query.Id, cancellationToken);
        if (visitatie.Status < VisitatieStatus.Vastgesteld)
        {
            if (!user.IsAuthenticated || visitatie.Status < VisitatieStatus.Reactie)
                throw new Common.Exceptions.NotFoundException("Van deze visitatie is nog geen rapport.");
            VisitatieToegang.Kant(user, visitatie);
        }
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        var pdf = renderer.Render(VisitatierapportDocument.Compose(visitatie, branding.Gemeente), branding);
        return new DocumentFile($"visitatierapport-{SlugGenerator.FromName(visitatie.OnderwerpNaam)}.pdf", pdf);
    }
}
