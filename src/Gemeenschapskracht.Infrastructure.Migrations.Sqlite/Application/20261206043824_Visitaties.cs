using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Visitaties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Visitatiecycli",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CadansMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    ReactietermijnDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Perspectieven = table.Column<string>(type: "TEXT", nullable: false),
                    PerspectievenVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visitatiecycli", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Visitaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CyclusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OnderwerpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OnderwerpNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WijkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GeplandOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Perspectieven = table.Column<string>(type: "TEXT", nullable: false),
                    PerspectievenVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    ReactietermijnDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Panel = table.Column<string>(type: "TEXT", nullable: false),
                    Zelfreflectie = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Inbreng = table.Column<string>(type: "TEXT", nullable: false),
                    Beoordelingen = table.Column<string>(type: "TEXT", nullable: false),
                    ReactieUiterlijk = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reactie = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Vervolgacties = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visitaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visitaties_Visitatiecycli_CyclusId",
                        column: x => x.CyclusId,
                        principalTable: "Visitatiecycli",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Visitatiecycli_TenantId_Soort",
                table: "Visitatiecycli",
                columns: new[] { "TenantId", "Soort" });

            migrationBuilder.CreateIndex(
                name: "IX_Visitaties_CyclusId",
                table: "Visitaties",
                column: "CyclusId");

            migrationBuilder.CreateIndex(
                name: "IX_Visitaties_TenantId_CyclusId_OnderwerpId_GeplandOp",
                table: "Visitaties",
                columns: new[] { "TenantId", "CyclusId", "OnderwerpId", "GeplandOp" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visitaties_TenantId_WijkId_Status",
                table: "Visitaties",
                columns: new[] { "TenantId", "WijkId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Visitaties");

            migrationBuilder.DropTable(
                name: "Visitatiecycli");
        }
    }
}
