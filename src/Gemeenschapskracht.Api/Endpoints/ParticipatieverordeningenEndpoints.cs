using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Uitdagingen.Commands.CreateParticipatieverordening;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Queries.GetParticipatieverordening;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: what the gemeente's participatieverordening says about the uitdaagrecht (terms, criteria, excluded tasks), versioned.</summary>
public sealed class ParticipatieverordeningenEndpoints : IEndpointGroup
{
    public string Route => "participatieverordeningen";

    public string Tag => "Participatieverordeningen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/geldend", GetParticipatieverordening).Named()
            .WithSummary("De verordening in werking: termijnen, gepubliceerde beoordelingscriteria en uitgesloten taken (versie 0: het model)");
        group.MapPost("", CreateParticipatieverordening).Named().RequiresRole()
            .WithSummary("Een nieuwe versie vastleggen; ingediende uitdagingen houden hun versie");
    }

    public static async Task<Ok<ParticipatieverordeningDto>> GetParticipatieverordening(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetParticipatieverordeningQuery(), ct));

    public static async Task<Created<ParticipatieverordeningDto>> CreateParticipatieverordening(IMediator mediator, CreateParticipatieverordeningCommand command,
        CancellationToken ct) =>
        TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/participatieverordeningen/geldend", await mediator.Send(command, ct));
}
