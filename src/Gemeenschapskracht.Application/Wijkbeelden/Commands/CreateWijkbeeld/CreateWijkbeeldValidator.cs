using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.CreateWijkbeeld;

public sealed class CreateWijkbeeldValidator : AbstractValidator<CreateWijkbeeldCommand>
{
    public CreateWijkbeeldValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van het wijkbeeld", 200);
        RuleFor(c => c.Team).NotNull().WithMessage("Geef het team op: de bewonersorganisatie die het wijkbeeld trekt eerst.")
            .Must(t => t is null || t.Count <= 20).WithMessage("Een team telt hoogstens 20 organisaties.");
    }
}
