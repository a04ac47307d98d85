using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Queries.ListMijnLidmaatschappen;

/// <summary>The signed-in person's own gemeenten and roles, for the web client's gemeente switcher.</summary>
[Authorize]
public sealed record ListMijnLidmaatschappenQuery : IQuery<IReadOnlyList<MijnLidmaatschapDto>>;

public sealed class ListMijnLidmaatschappenHandler(ITenantCatalogDbContext catalog, ICurrentUser user)
    : IQueryHandler<ListMijnLidmaatschappenQuery, IReadOnlyList<MijnLidmaatschapDto>>
{
    public async ValueTask<IReadOnlyList<MijnLidmaatschapDto>> Handle(ListMijnLidmaatschappenQuery query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new ForbiddenAccessException("Alleen personen hebben lidmaatschappen.");
        return (await Lidmaatschapskeuzes.LoadAsync(catalog, userId, cancellationToken))
            .Select(k => new MijnLidmaatschapDto(k.Slug, k.Naam, k.Rollen)).ToList();
    }
}
