using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Queries.GetBonnetje;

/// <summary>The receipt's file, with the type its bytes are, for whoever may read the declaratie.</summary>
[Authorize(Roles = DeclaratieQueries.Lezers)]
public sealed record GetBonnetjeQuery(Guid Id) : IQuery<Bonnetjebestand>;

public sealed class GetBonnetjeHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag) : IQueryHandler<GetBonnetjeQuery, Bonnetjebestand>
{
    public async ValueTask<Bonnetjebestand> Handle(GetBonnetjeQuery query, CancellationToken cancellationToken)
    {
        var declaratie = await db.ZichtbareDeclaraties(user).AsNoTracking().VindAsync(query.Id, cancellationToken);
        var bonnetje = declaratie.Bonnetje ?? throw new NotFoundException($"Bij declaratie {declaratie.Kenmerk} is nog geen bonnetje.");
        return new Bonnetjebestand(bonnetje.Naam, bonnetje.ContentType, await opslag.LeesAsync(bonnetje.Sleutel, cancellationToken));
    }
}
