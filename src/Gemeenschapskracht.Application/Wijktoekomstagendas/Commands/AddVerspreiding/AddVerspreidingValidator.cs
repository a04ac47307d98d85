using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddVerspreiding;

public sealed class AddVerspreidingValidator : AbstractValidator<AddVerspreidingCommand>
{
    public AddVerspreidingValidator()
    {
        RuleFor(c => c.Wijze).IsInEnum().WithMessage("Kies huis aan huis, plekken of online.");
        RuleFor(c => c.Omschrijving).RequiredText("waar of hoe de agenda is verspreid", 300);
        RuleFor(c => c.Aantal).InclusiveBetween(1, 1_000_000).When(c => c.Aantal is not null).WithMessage("Het aantal exemplaren ligt tussen 1 en 1.000.000.");
    }
}
