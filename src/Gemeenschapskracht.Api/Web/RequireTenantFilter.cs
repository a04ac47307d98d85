using Gemeenschapskracht.Application.Common.Interfaces;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Tenant endpoints answer 400 when no gemeente was named by host, path prefix or header.</summary>
public sealed class RequireTenantFilter(ICurrentTenant tenant) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        tenant.Id is null
            ? ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Geen gemeente opgegeven",
                detail: "Geef de gemeente op met de host (gemeente.domein), het padvoorvoegsel /{gemeente}/api of de header 'Gemeente'."))
            : next(context);
}
