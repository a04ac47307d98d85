using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateCijferlezing;

public sealed class UpdateCijferlezingValidator : AbstractValidator<UpdateCijferlezingCommand>
{
    public UpdateCijferlezingValidator()
    {
        RuleFor(c => c.Lezingen).NotNull().WithMessage("Geef de lezingen op (een lege lijst: overal de standaard).")
            .Must(l => l is null || l.Select(x => x.Maatstaf).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithMessage("Noem elke maatstaf hoogstens één keer.");
        RuleForEach(c => c.Lezingen).ChildRules(l =>
        {
            l.RuleFor(x => x.Maatstaf).RequiredText("de maatstaf", Cijferlezing.MaxMaatstafLengte);
            l.RuleFor(x => x.Lens).IsInEnum().WithMessage("Lees een maatstaf als vitaliteit, probleem of context.");
        });
    }
}
