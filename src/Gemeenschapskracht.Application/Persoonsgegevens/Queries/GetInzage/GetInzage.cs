using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Regels;
using Mediator;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzage;

/// <summary>
/// What the gemeente holds about a person, for a request for access (AVG art. 15) or a copy in a structured form
/// (art. 20). Sent as a body, not a query string: the address must not end up in the access logs.
/// </summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
[Regel(Regelcatalogus.Avg15)]
public sealed record GetInzageQuery : IQuery<InzageDto>, IBetrokkeneVerzoek
{
    public string? Email { get; init; }
    public string? Naam { get; init; }
    public string? Iban { get; init; }
}

public sealed class GetInzageHandler(InzageSamensteller samensteller) : IQueryHandler<GetInzageQuery, InzageDto>
{
    public async ValueTask<InzageDto> Handle(GetInzageQuery query, CancellationToken cancellationToken) =>
        await samensteller.StelSamenAsync(query, cancellationToken);
}
