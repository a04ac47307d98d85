using FluentValidation;
using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;

public sealed class CreateGemeenteValidator : AbstractValidator<CreateGemeenteCommand>
{
    public CreateGemeenteValidator(ICbsSource cbs)
    {
        RuleFor(c => c.Naam).RequiredText("de naam van de gemeente", 100);
        RuleFor(c => c.Slug).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vul een slug in, bijvoorbeeld 'amsterdam'.")
            .SetValidator(new SlugValidator());
        RuleFor(c => c.Gemeentecode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de CBS-gemeentecode in, bijvoorbeeld GM0363.")
            .Must(GemeentecodeFormat.IsWellFormed)
            .WithMessage("De gemeentecode moet bestaan uit 'GM' gevolgd door vier cijfers, bijvoorbeeld GM0363.")
            .MustAsync(async (code, ct) => (await cbs.GetGemeentenAsync(ct)).ContainsKey(code))
            .WithMessage(c => $"Gemeentecode {c.Gemeentecode} komt niet voor in de CBS-lijst van gemeenten ({cbs.Description}).");
    }
}
