using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Queries.ListMijnLidmaatschappen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The signed-in person's own memberships, across gemeenten (the web client's gemeente switcher).</summary>
public sealed class MijnLidmaatschappenEndpoints : IEndpointGroup
{
    public string Route => "mijn-lidmaatschappen";

    public string Tag => "Leden";

    public TenantScope Tenant => TenantScope.Platform;

    public void Map(RouteGroupBuilder group) =>
        group.MapGet("", ListMijnLidmaatschappen).Named().RequiresRole().WithSummary("Mijn gemeenten en rollen (voor het wisselen van gemeente)");

    public static async Task<Ok<IReadOnlyList<MijnLidmaatschapDto>>> ListMijnLidmaatschappen(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMijnLidmaatschappenQuery(), ct));
}
