using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Verzoeken.Queries.GetVerzoekMetSleutel;

/// <summary>The request behind an answer link, for the institution's answer page; a wrong or used secret is not found.</summary>
[Public]
public sealed record GetVerzoekMetSleutelQuery(string Sleutel) : IQuery<VerzoekDto>;

public sealed class GetVerzoekMetSleutelHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetVerzoekMetSleutelQuery, VerzoekDto>
{
    public async ValueTask<VerzoekDto> Handle(GetVerzoekMetSleutelQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.VindMetSleutelAsync(query.Sleutel, cancellationToken), VerzoekQueries.Vandaag(clock), cancellationToken);
}
