using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.ListAfbouwsignalen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: what the raad sees before a long-running subsidy is refused, lowered or ended (Awb 4:51, G-9).</summary>
public sealed class AfbouwsignalenEndpoints : IEndpointGroup
{
    public string Route => "afbouwsignalen";

    public string Tag => "Afbouwsignalen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group) =>
        group.MapGet("", ListAfbouwsignalen).Named().RequiresRole()
            .WithSummary("Organisaties met drie jaar of langer subsidie waarvan de subsidie afloopt, is geweigerd of wordt afgebouwd (artikel 4:51 Awb)");

    public static async Task<Ok<PagedList<AfbouwsignaalDto>>> ListAfbouwsignalen(IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListAfbouwsignalenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }
}
