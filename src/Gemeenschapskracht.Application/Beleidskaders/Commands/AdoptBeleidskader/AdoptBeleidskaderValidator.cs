using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.AdoptBeleidskader;

public sealed class AdoptBeleidskaderValidator : AbstractValidator<AdoptBeleidskaderCommand>
{
    public AdoptBeleidskaderValidator()
    {
        RuleFor(c => c.Kenmerk).RequiredText("het kenmerk van het raadsbesluit", 100);
        RuleFor(c => c.DocumentUrl).SafeText("de link naar het raadsbesluit").MaximumLength(500).WithMessage("De link naar het raadsbesluit mag hoogstens 500 tekens lang zijn.")
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("De link naar het raadsbesluit moet een volledig webadres zijn (https://…).");
        RuleFor(c => c.Datum).Must(d => d.Year >= 2000).WithMessage("Vul de datum van het raadsbesluit in.");
    }
}
