using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Application;

public static class DependencyInjection
{
    /// <summary>Validators of this layer. Mediator itself is added by the host (its source generator runs there).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<Leden.Shared.InvitationSender>();
        return services;
    }
}
