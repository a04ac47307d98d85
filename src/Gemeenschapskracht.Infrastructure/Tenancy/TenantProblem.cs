using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

internal static class TenantProblem
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path },
            options: null, contentType: "application/problem+json");
    }
}
