using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Leden.Commands.InviteLid;
using Gemeenschapskracht.Application.Leden.Dtos;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Invitations to the current gemeente, by e-mail with roles.</summary>
public sealed class UitnodigingenEndpoints : IEndpointGroup
{
    public string Route => "uitnodigingen";

    public string Tag => "Leden";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group) =>
        group.MapPost("", InviteLid).Named().RequiresRole().WithSummary("Iemand per e-mail uitnodigen met rollen in deze gemeente");

    public static async Task<Created<UitnodigingDto>> InviteLid(IMediator mediator, InviteLidCommand command, CancellationToken ct)
    {
        var uitnodiging = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/uitnodigingen/{uitnodiging.Id}", uitnodiging);
    }
}
