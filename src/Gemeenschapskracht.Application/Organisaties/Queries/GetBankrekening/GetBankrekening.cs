using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Queries.GetBankrekening;

/// <summary>An organisation's bank account: for the gemeente and the auditor, and for the organisation's own members only.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Auditor},{Roles.Bewonersorganisatie},{Roles.Professional}")]
public sealed record GetBankrekeningQuery(Guid Id) : IQuery<BankrekeningDto>, IOrganisatieScoped
{
    Guid IOrganisatieScoped.OrganisatieId => Id;
}

public sealed class GetBankrekeningHandler(IApplicationDbContext db) : IQueryHandler<GetBankrekeningQuery, BankrekeningDto>
{
    public async ValueTask<BankrekeningDto> Handle(GetBankrekeningQuery query, CancellationToken cancellationToken)
    {
        var organisatie = await db.VindOrganisatieAsync(query.Id, cancellationToken);
        return new BankrekeningDto(organisatie.Id, organisatie.Iban, organisatie.Tenaamstelling);
    }
}
