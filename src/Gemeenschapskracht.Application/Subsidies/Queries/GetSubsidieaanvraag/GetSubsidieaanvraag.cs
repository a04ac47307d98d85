using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetSubsidieaanvraag;

/// <summary>One application, for the gemeente or the applying organisation.</summary>
[Authorize(Roles = $"{SubsidieQueries.Behandelaars},{Roles.Auditor},{SubsidieQueries.Aanvragers}")]
public sealed record GetSubsidieaanvraagQuery(Guid Id) : IQuery<SubsidieaanvraagDto>;

public sealed class GetSubsidieaanvraagHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetSubsidieaanvraagQuery, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(GetSubsidieaanvraagQuery query, CancellationToken cancellationToken) =>
        (await db.ZichtbareAanvragen(user).AsNoTracking().VindAsync(query.Id, cancellationToken)).ToDto();
}
