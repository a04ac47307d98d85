using FluentValidation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.PlanBuurtTop;

public sealed class PlanBuurtTopValidator : AbstractValidator<PlanBuurtTopCommand>
{
    public PlanBuurtTopValidator()
    {
        RuleFor(c => c.Datum).Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("De datum van de BuurtTop ligt tussen 2000 en 2100.");
        RuleFor(c => c.HerinneringDagenVooraf).InclusiveBetween(1, 365).WithMessage("Herinner het team tussen 1 en 365 dagen voor de BuurtTop.");
    }
}
