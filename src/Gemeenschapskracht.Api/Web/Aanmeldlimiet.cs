using System.Threading.RateLimiting;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// The public registration for a BuurtTop needs no account, so a bot could hammer it: requests are limited per client
/// IP address in a fixed window (<c>RateLimiting:Aanmelden:PermitLimit</c> per <c>RateLimiting:Aanmelden:WindowSeconds</c>);
/// beyond it the answer is a 429 problem+json in Dutch with <c>Retry-After</c>.
/// </summary>
public static class Aanmeldlimiet
{
    public const string Policy = "aanmelden";

    public static IServiceCollection AddAanmeldlimiet(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http =>
            {
                var sectie = http.RequestServices.GetRequiredService<IConfiguration>().GetSection("RateLimiting:Aanmelden");
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = sectie.GetValue("PermitLimit", 10),
                    Window = TimeSpan.FromSeconds(sectie.GetValue("WindowSeconds", 60)),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var wacht = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wacht.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Te veel aanmeldingen",
                        Detail = "Er zijn vanaf dit adres te veel aanmeldingen achter elkaar verstuurd. Probeer het over een minuut opnieuw.",
                    },
                });
            };
        });
        return services;
    }
}
