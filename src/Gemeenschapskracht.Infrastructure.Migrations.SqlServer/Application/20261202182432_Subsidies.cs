using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Subsidies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Subsidieregelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Grondslag = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WijkbudgetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegelIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Plafond = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Verdeelwijze = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Aanvragers = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    BeslistermijnWeken = table.Column<int>(type: "int", nullable: false),
                    VierOgenVanaf = table.Column<long>(type: "bigint", nullable: false),
                    Mededingingsruimte = table.Column<string>(type: "nvarchar(max)", maxLength: 22000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Verleend = table.Column<long>(type: "bigint", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subsidieregelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subsidieregelingen_Wijkbudgetten_WijkbudgetId",
                        column: x => x.WijkbudgetId,
                        principalTable: "Wijkbudgetten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Subsidieaanvragen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegelingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Groepsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Plan = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    AmbitieIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    IngediendOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Beslistermijn = table.Column<DateOnly>(type: "date", nullable: true),
                    AanvullingGevraagdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AanvullingVraag = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Verdaging = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Besluit = table.Column<string>(type: "nvarchar(max)", maxLength: 6000, nullable: true),
                    Beoordelingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subsidieaanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subsidieaanvragen_Subsidieregelingen_RegelingId",
                        column: x => x.RegelingId,
                        principalTable: "Subsidieregelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Subsidieaanvragen_RegelingId",
                table: "Subsidieaanvragen",
                column: "RegelingId");

            migrationBuilder.CreateIndex(
                name: "IX_Subsidieaanvragen_TenantId_OrganisatieId",
                table: "Subsidieaanvragen",
                columns: new[] { "TenantId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Subsidieregelingen_WijkbudgetId",
                table: "Subsidieregelingen",
                column: "WijkbudgetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Subsidieaanvragen");

            migrationBuilder.DropTable(
                name: "Subsidieregelingen");
        }
    }
}
