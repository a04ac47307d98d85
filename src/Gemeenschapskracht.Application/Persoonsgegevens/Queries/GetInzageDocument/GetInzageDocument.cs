using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Regels;
using Mediator;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzageDocument;

/// <summary>The same access report as a readable PDF, to send to the person.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
[Regel(Regelcatalogus.Avg15)]
public sealed record GetInzageDocumentQuery : IQuery<DocumentFile>, IBetrokkeneVerzoek
{
    public string? Email { get; init; }
    public string? Naam { get; init; }
    public string? Iban { get; init; }
}

public sealed class GetInzageDocumentHandler(InzageSamensteller samensteller, ITenantCatalogDbContext catalog, ICurrentTenant tenant,
    IDocumentRenderer renderer) : IQueryHandler<GetInzageDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetInzageDocumentQuery query, CancellationToken cancellationToken)
    {
        var inzage = await samensteller.StelSamenAsync(query, cancellationToken);
        var branding = await catalog.DocumentBrandingAsync(tenant, cancellationToken);
        return new DocumentFile($"inzage-persoonsgegevens-{inzage.GegenereerdOp:yyyyMMdd}.pdf", renderer.Render(InzageDocument.Compose(inzage), branding));
    }
}
