using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Queries.GetOrganisatie;

/// <summary>One organisation with its contact details: for members of the gemeente, not for the public.</summary>
[Authorize(Roles = Roles.IedereGemeenteRol)]
public sealed record GetOrganisatieQuery(Guid Id) : IQuery<OrganisatieDto>;

public sealed class GetOrganisatieHandler(IApplicationDbContext db) : IQueryHandler<GetOrganisatieQuery, OrganisatieDto>
{
    public async ValueTask<OrganisatieDto> Handle(GetOrganisatieQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.VindOrganisatieAsync(query.Id, cancellationToken), cancellationToken);
}
