using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateVerantwoordingskader;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetVerantwoordingskader;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the gemeente's tiers of proportional accountability (the Uniform Subsidiekader by default), versioned.</summary>
public sealed class VerantwoordingskadersEndpoints : IEndpointGroup
{
    public string Route => "verantwoordingskaders";

    public string Tag => "Verantwoordingskaders";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/geldend", GetVerantwoordingskader).Named()
            .WithSummary("De grenzen in werking: zonder verslag, activiteitenverslag, volledig verslag, en het aandeel van de steekproef");
        group.MapPost("", CreateVerantwoordingskader).Named().RequiresRole()
            .WithSummary("Een nieuwe versie van de grenzen vastleggen; al verleende subsidies houden hun niveau");
    }

    public static async Task<Ok<VerantwoordingskaderDto>> GetVerantwoordingskader(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVerantwoordingskaderQuery(), ct));

    public static async Task<Created<VerantwoordingskaderDto>> CreateVerantwoordingskader(IMediator mediator, CreateVerantwoordingskaderCommand command, CancellationToken ct) =>
        TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/verantwoordingskaders/geldend", await mediator.Send(command, ct));
}
