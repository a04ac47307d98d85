using FluentValidation;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;

/// <summary>A slug names the gemeente in host names and paths: lower-case letters, digits and hyphens.</summary>
public sealed class SlugValidator : AbstractValidator<string>
{
    /// <summary>First path segments the platform itself uses, so a gemeente cannot take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "health", "hangfire", "connect", "account", "www", "admin", "static", "assets", "lib", "platform", "bench",
    };

    public SlugValidator()
    {
        RuleFor(s => s).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul een slug in, bijvoorbeeld 'amsterdam'.")
            .Length(2, 63).WithMessage("De slug moet 2 tot 63 tekens lang zijn.")
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("De slug mag alleen kleine letters, cijfers en losse koppeltekens bevatten.")
            .Must(s => !Reserved.Contains(s)).WithMessage(s => $"De slug '{s}' is gereserveerd voor het platform.");
    }
}
